package fr.resilience360.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;

/**
 * What a command says of itself, read from the bytecode of its metadata methods when each just returns a constant
 * ({@code return "prefill";}), as {@link fr.resilience360.shared.AdminCommand} asks: {@code help} then loads no command
 * class, so runs none of their static initialisers (JSON mappers and the like). Empty when a method computes its
 * value: the command line then asks an instance.
 */
final class CommandClassFile extends ClassVisitor {

    record Metadata(String name, String arguments, String description, boolean needsData) {}

    private static final String TEXT = "()Ljava/lang/String;";
    private static final Set<String> TEXTS = Set.of("name", "arguments", "description");

    private final Map<String, Object> constants = new HashMap<>();
    private final Set<String> computed = new HashSet<>();

    private CommandClassFile() {
        super(SpringAsmInfo.ASM_VERSION);
    }

    static Optional<Metadata> read(ClassReader classFile) {
        CommandClassFile reader = new CommandClassFile();
        classFile.accept(reader, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return reader.metadata();
    }

    private Optional<Metadata> metadata() {
        if (!computed.isEmpty() || !constants.containsKey("name") || !constants.containsKey("description")) {
            return Optional.empty();
        }
        return Optional.of(new Metadata(
                (String) constants.get("name"),
                (String) constants.getOrDefault("arguments", ""),
                (String) constants.get("description"),
                (Boolean) constants.getOrDefault("needsData", Boolean.TRUE)));
    }

    @Override
    public MethodVisitor visitMethod(
            int access, String name, String descriptor, String signature, String[] exceptions) {
        boolean text = TEXTS.contains(name) && descriptor.equals(TEXT);
        boolean flag = name.equals("needsData") && descriptor.equals("()Z");
        return text || flag ? new ConstantReturn(name) : null;
    }

    /** Records the method's value if its body is exactly « push a constant, return it ». */
    private final class ConstantReturn extends MethodVisitor {

        private final String method;
        private Object constant;
        private boolean simple = true;

        ConstantReturn(String method) {
            super(SpringAsmInfo.ASM_VERSION);
            this.method = method;
        }

        private void push(Object value) {
            if (constant == null) constant = value;
            else simple = false;
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String) push(value);
            else simple = false;
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.ICONST_0 || opcode == Opcodes.ICONST_1) push(opcode == Opcodes.ICONST_1);
            else if (opcode != Opcodes.ARETURN && opcode != Opcodes.IRETURN) simple = false;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            simple = false;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            simple = false;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            simple = false;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            simple = false;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            simple = false;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            simple = false;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            simple = false;
        }

        @Override
        public void visitEnd() {
            if (simple && constant != null) constants.put(method, constant);
            else computed.add(method);
        }
    }
}
