package fr.resilience360.territory.typology;

import java.util.Arrays;

/**
 * The INSEE communal density grid in 7 levels (grille communale de densité, 2025), with the 4-level grid each level
 * belongs to (INSEE's correspondence: dense = level 1; intermediate = levels 2 to 4; sparse = 5 and 6; very sparse =
 * 7).
 */
public enum DensityClass {
    GRANDS_CENTRES_URBAINS(1, "Grands centres urbains", Group.DENSE),
    CENTRES_URBAINS_INTERMEDIAIRES(2, "Centres urbains intermédiaires", Group.INTERMEDIAIRE),
    CEINTURES_URBAINES(3, "Ceintures urbaines", Group.INTERMEDIAIRE),
    PETITES_VILLES(4, "Petites villes", Group.INTERMEDIAIRE),
    BOURGS_RURAUX(5, "Bourgs ruraux", Group.PEU_DENSE),
    RURAL_DISPERSE(6, "Rural à habitat dispersé", Group.PEU_DENSE),
    RURAL_TRES_DISPERSE(7, "Rural à habitat très dispersé", Group.TRES_PEU_DENSE);

    /** The 4-level grid. */
    public enum Group {
        DENSE(1, "Communes densément peuplées"),
        INTERMEDIAIRE(2, "Communes de densité intermédiaire"),
        PEU_DENSE(3, "Communes peu denses"),
        TRES_PEU_DENSE(4, "Communes très peu denses");

        private final int level;
        private final String label;

        Group(int level, String label) {
            this.level = level;
            this.label = label;
        }

        public int level() {
            return level;
        }

        public String label() {
            return label;
        }
    }

    private final int level;
    private final String label;
    private final Group group;

    DensityClass(int level, String label, Group group) {
        this.level = level;
        this.label = label;
        this.group = group;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /**
     * Urban in the sense of the typology rules: the three urban levels of the grid (grands centres urbains, centres
     * urbains intermédiaires, ceintures urbaines); petites villes, bourgs and rural communes are not.
     */
    public boolean isUrban() {
        return level <= 3;
    }

    public static DensityClass ofLevel(int level) {
        return Arrays.stream(values())
                .filter(c -> c.level == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Niveau de densité inconnu : " + level));
    }
}
