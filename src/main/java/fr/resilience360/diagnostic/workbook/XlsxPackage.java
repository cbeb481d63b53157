package fr.resilience360.diagnostic.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an {@code .xlsx} file (a zip of XML parts, ECMA-376) that reading one sheet needs: the sheet names, the
 * shared strings, the sheets' XML. Read with the JDK's zip and StAX parsers: POI's {@code XSSFWorkbook} parses every
 * sheet into XMLBeans objects (1,000 classes to load, two seconds on a fresh JVM) where the command line needs one.
 */
final class XlsxPackage {

    private static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";

    private final Map<String, byte[]> parts;
    private final Map<String, String> sheetParts;
    private final List<String> sharedStrings;

    private XlsxPackage(Map<String, byte[]> parts, Map<String, String> sheetParts, List<String> sharedStrings) {
        this.parts = parts;
        this.sheetParts = sheetParts;
        this.sharedStrings = sharedStrings;
    }

    /** @throws IOException when the file is not an .xlsx package (an .xls, a CSV, a damaged zip…) */
    static XlsxPackage read(InputStream in) throws IOException {
        Map<String, byte[]> parts = unzip(in);
        String workbook = target("", relationships(parts, "_rels/.rels"), REL_OFFICE_DOCUMENT);
        if (workbook == null || !parts.containsKey(workbook)) throw new IOException("pas de classeur dans l'archive");
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        Map<String, String> rels =
                relationships(parts, folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
        Map<String, String> sheets = new LinkedHashMap<>();
        for (Map.Entry<String, String> sheet : sheetIds(parts.get(workbook)).entrySet()) {
            sheets.put(sheet.getKey(), resolve(folder, rels.get(sheet.getValue())));
        }
        String strings = target(folder, rels, REL_SHARED_STRINGS);
        List<String> shared =
                strings == null || !parts.containsKey(strings) ? List.of() : sharedStrings(parts.get(strings));
        return new XlsxPackage(parts, sheets, shared);
    }

    List<String> sheetNames() {
        return List.copyOf(sheetParts.keySet());
    }

    boolean hasSheet(String name) {
        return sheetParts.containsKey(name) && parts.containsKey(sheetParts.get(name));
    }

    XMLStreamReader sheet(String name) throws XMLStreamException {
        return xml(parts.get(sheetParts.get(name)));
    }

    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
    }

    /** The text of a rich or plain string ({@code <si>}, {@code <is>}): its {@code <t>}s, phonetic runs left out. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        String end = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) phonetic++;
                else if (xml.getLocalName().equals("t") && phonetic == 0) text.append(xml.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) phonetic--;
                else if (xml.getLocalName().equals(end)) break;
            }
        }
        return text.toString();
    }

    static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    private static Map<String, byte[]> unzip(InputStream in) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                total += bytes.length;
                if (total > MAX_BYTES) throw new IOException("archive de plus de 200 Mo une fois décompressée");
                parts.put(entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName(), bytes);
            }
        }
        if (parts.isEmpty()) throw new IOException("ce n'est pas une archive zip");
        return parts;
    }

    /** A part's relationships: id → type and target, as "type|target" to keep one map. */
    private static Map<String, String> relationships(Map<String, byte[]> parts, String path) throws IOException {
        Map<String, String> rels = new LinkedHashMap<>();
        if (!parts.containsKey(path)) return rels;
        try {
            XMLStreamReader xml = xml(parts.get(path));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
                    rels.put(
                            xml.getAttributeValue(null, "Id"),
                            xml.getAttributeValue(null, "Type") + "|" + xml.getAttributeValue(null, "Target"));
                }
            }
            return rels;
        } catch (XMLStreamException e) {
            throw new IOException("relations illisibles (" + path + ")", e);
        }
    }

    private static String target(String folder, Map<String, String> rels, String typeSuffix) {
        return rels.values().stream()
                .filter(r -> r.substring(0, r.indexOf('|')).endsWith(typeSuffix))
                .findFirst()
                .map(r -> resolve(folder, r))
                .orElse(null);
    }

    /** A relationship's target as a part name: relative to the source part's folder unless absolute. */
    private static String resolve(String folder, String relationship) {
        if (relationship == null) return null;
        String target = relationship.substring(relationship.indexOf('|') + 1);
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Sheet name → relationship id, in the workbook's order. */
    private static Map<String, String> sheetIds(byte[] workbook) throws IOException {
        Map<String, String> sheets = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = xml(workbook);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")
                                && !xml.getAttributePrefix(i).isEmpty()) {
                            id = xml.getAttributeValue(i);
                        }
                    }
                    sheets.put(xml.getAttributeValue(null, "name"), id);
                }
            }
            return sheets;
        } catch (XMLStreamException e) {
            throw new IOException("classeur illisible", e);
        }
    }

    private static List<String> sharedStrings(byte[] part) throws IOException {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader xml = xml(part);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("si")) {
                    strings.add(text(xml));
                }
            }
            return strings;
        } catch (XMLStreamException e) {
            throw new IOException("chaînes partagées illisibles", e);
        }
    }
}
