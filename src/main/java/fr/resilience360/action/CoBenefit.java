package fr.resilience360.action;

import fr.resilience360.shared.Coded;

/** What an action brings beside resilience: the controlled list used by the filters and the plan's prioritisation. */
public enum CoBenefit implements Coded {
    CLIMAT("climat", "Atténuation du changement climatique"),
    BIODIVERSITE("biodiversite", "Biodiversité"),
    SANTE("sante", "Santé et bien-être"),
    EMPLOI("emploi", "Emploi local"),
    LIEN_SOCIAL("lien-social", "Lien social"),
    ECONOMIES("economies", "Économies pour les ménages ou la collectivité"),
    CADRE_DE_VIE("cadre-de-vie", "Cadre de vie"),
    EDUCATION("education", "Éducation et sensibilisation"),
    EGALITE("egalite", "Réduction des inégalités");

    private final String code;
    private final String label;

    CoBenefit(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
