"""Writes the YAML mappings of the bundled observatory datasets (src/main/resources/data/<theme>/*.mapping.yaml).
Run once when a dataset is added; the YAML files are then the reference (reviewed and committed)."""
import json, os

ROOT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'data')
LO = "Licence Ouverte 2.0 (Etalab)"

def q(v):
    return json.dumps(v, ensure_ascii=False)

def ind(id, label, unit, cols, rule='aucune', weight=None, components=None, factor=None, definition=None,
        decimals=2, mn=None, mx=None, hib=None, presence=None, absent=None, external=False, context=True):
    return dict(id=id, label=label, unit=unit, cols=cols, rule=rule, weight=weight, components=components,
                factor=factor, definition=definition, decimals=decimals, min=mn, max=mx, hib=hib,
                presence=presence, absent=absent, external=external, context=context)

def write(theme, name, dataset, layout, indicators, header):
    lines = ["# " + l for l in header.strip().split("\n")]
    lines.append("dataset:")
    for k in ['id', 'title', 'producer', 'vintage', 'licence', 'sourceUrl', 'theme', 'resource']:
        lines.append(f"  {k}: {q(dataset[k])}")
    lines.append("file:")
    for k, v in layout.items():
        lines.append(f"  {k}: {q(v)}")
    lines.append("indicators:")
    for i in indicators:
        lines.append(f"  - id: {i['id']}")
        if i['external']:
            lines.append("    external: true")
        else:
            lines.append(f"    label: {q(i['label'])}")
            lines.append(f"    definition: {q(i['definition'] or i['label'])}")
            lines.append(f"    unit: {q(i['unit'])}")
            lines.append(f"    decimals: {i['decimals']}")
            agg = f"{{rule: {i['rule']}"
            if i['weight']: agg += f", weight: {i['weight']}"
            if i['components']: agg += ", components: [" + ", ".join(i['components']) + "]"
            if i['factor']: agg += f", factor: {i['factor']}"
            lines.append(f"    aggregation: {agg}}}")
            if i['hib'] is not None: lines.append(f"    higherIsBetter: {str(i['hib']).lower()}")
            if not i['context']: lines.append("    context: false")
        if i['min'] is not None: lines.append(f"    min: {i['min']}")
        if i['max'] is not None: lines.append(f"    max: {i['max']}")
        if i['presence']: lines.append("    presence: true")
        if i['absent'] is not None: lines.append(f"    absentValue: {i['absent']}")
        lines.append("    values:")
        for col, period in i['cols']:
            if col is None:
                lines.append(f"      - {{period: {q(period)}}}")
            else:
                lines.append(f"      - {{column: {q(col)}, period: {q(period)}}}")
    os.makedirs(os.path.join(ROOT, theme), exist_ok=True)
    with open(os.path.join(ROOT, theme, name + '.mapping.yaml'), 'w') as f:
        f.write("\n".join(lines) + "\n")

PCT = dict(mn=0, mx=100)

# ---------------------------------------------------------------- APL (DREES)
for prof, label, fem in [('infirmiers', 'infirmiers', False), ('sages_femmes', 'sages-femmes', True),
                         ('chirurgiens_dentistes', 'chirurgiens-dentistes', False)]:
    did = 'drees-apl-' + prof.replace('_', '-')
    inds = [
        ind(f'apl_{prof}', f"Accessibilité potentielle localisée aux {label} de 65 ans et moins",
            "ETP / 100 000 hab.", [('apl_2022', '2022'), ('apl_2023', '2023')], 'moyenne_ponderee',
            f'apl_{prof}_population_standardisee',
            definition=f"Nombre d'équivalents temps plein de {label} de 65 ans et moins accessibles pour 100 000 "
                       "habitants standardisés, compte tenu de la distance et de la structure par âge (DREES). "
                       "Au-delà de la commune : moyenne des communes pondérée par leur population standardisée "
                       "(méthode DREES).", decimals=1, mn=0, hib=True),
        ind(f'apl_{prof}_population_standardisee', f"Population standardisée de l'APL aux {label}", "hab.",
            [('pop_standardisee_2022', '2022'), ('pop_standardisee_2023', '2023')], 'somme', decimals=0, mn=0,
            definition="Population pondérée par la consommation de soins par âge (DREES), poids de l'agrégation de l'APL."),
    ]
    if fem:
        inds.append(ind(f'apl_{prof}_population_feminine', "Population féminine (APL sages-femmes)", "hab.",
                        [('pop_feminine_2022', '2022'), ('pop_feminine_2023', '2023')], 'somme', decimals=0, mn=0))
    write('sante', f'apl_{prof}', dict(id=did, title=f"DREES APL {label} 2022-2023", producer="DREES",
          vintage="APL 2022 et 2023", licence=LO,
          sourceUrl="https://data.drees.solidarites-sante.gouv.fr/explore/dataset/530_l-accessibilite-potentielle-localisee-apl/",
          theme="sante", resource=f"apl_{prof}_2022_2023.csv.gz"),
          dict(separator=",", level="commune", code="code_commune_cog2025", fallbackCode="code_commune"), inds,
          f"APL aux {label} par commune (DREES), codes repliés sur le COG 2025.")

# ---------------------------------------------------------------- INSEE communes
P = "population_rp"
insee = [
    ind('population_rp', "Population municipale (recensement)", "hab.", [('P22_POP', '2022'), ('P16_POP', '2016'), ('P11_POP', '2011')], 'somme', decimals=0, mn=0),
    ind('part_pop_0_14', "Part des 0-14 ans dans la population", "%", [('dm_0014_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_15_24', "Part des 15-24 ans dans la population", "%", [('dm_1524_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_25_54', "Part des 25-54 ans dans la population", "%", [('dm_2554_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_55_64', "Part des 55-64 ans dans la population", "%", [('dm_5564_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_65_79', "Part des 65-79 ans dans la population", "%", [('dm_6579_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_80_plus', "Part des 80 ans et plus dans la population", "%", [('dm_80p_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_65_plus', "Part des 65 ans et plus dans la population", "%", [('dmv_65p_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_pop_75_plus', "Part des 75 ans et plus dans la population", "%", [('dmv_75p_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('indice_vieillissement', "Indice de vieillissement (65 ans et plus pour 100 moins de 20 ans)", "indice", [('dmv_iv_ind_22', '2022')], mn=0),
    ind('evolution_population_2016_2022', "Taux de variation annuel moyen de la population 2016-2022", "% par an", [('dm_pop_vtcam_1622', '2022')]),
    ind('part_15_plus_vivant_seules', "Part des personnes de 15 ans et plus vivant seules", "%", [('dm_15p_seul_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('menages', "Nombre de ménages (résidences principales)", "ménages", [('men_tot_stock_22', '2022')], 'somme', decimals=0, mn=0),
    ind('part_menages_une_personne', "Part des ménages d'une seule personne", "%", [('men_seul_pct_22', '2022')], 'moyenne_ponderee', 'menages',
        definition="Ménages composés d'une seule personne rapportés à l'ensemble des ménages (RP). Au-delà de la commune : moyenne pondérée par le nombre de ménages.", hib=False, **PCT),
    ind('part_familles_monoparentales', "Part des familles monoparentales dans les ménages", "%", [('men_mono_pct_22', '2022')], 'moyenne_ponderee', 'menages', **PCT),
    ind('logements', "Nombre de logements (estimé : ménages / part des résidences principales)", "logements", [('men_tot_stock_22 * 100 / log_rp_pct_22', '2022')], 'somme', decimals=0, mn=0),
    ind('part_residences_principales', "Part des résidences principales dans les logements", "%", [('log_rp_pct_22', '2022')], 'moyenne_ponderee', 'logements', **PCT),
    ind('part_logements_vacants', "Taux de logements vacants", "%", [('log_vac_pct_22', '2022')], 'moyenne_ponderee', 'logements',
        definition="Logements vacants rapportés à l'ensemble des logements (RP). Au-delà de la commune : valeur publiée par EPCI si elle existe, sinon moyenne pondérée par le nombre de logements.", hib=False, **PCT),
    ind('part_residences_secondaires', "Taux de résidences secondaires", "%", [('log_ressec_pct_22', '2022')], 'moyenne_ponderee', 'logements',
        definition="Résidences secondaires et logements occasionnels rapportés à l'ensemble des logements (RP). Au-delà de la commune : valeur publiée par EPCI si elle existe, sinon moyenne pondérée par le nombre de logements.", hib=False, **PCT),
    ind('part_proprietaires', "Part des ménages propriétaires de leur résidence principale", "%", [('log_prop_pct_22', '2022')], 'moyenne_ponderee', 'menages', **PCT),
    ind('part_locataires', "Part des ménages locataires", "%", [('log_loc_pct_22', '2022')], 'moyenne_ponderee', 'menages', **PCT),
    ind('part_locataires_hlm', "Part des ménages locataires d'un logement HLM", "%", [('log_lochlm_pct_22', '2022')], 'moyenne_ponderee', 'menages', **PCT),
    ind('part_dpe_f_g', "Part des logements étiquetés F ou G parmi les DPE", "%", [('logd_dpe_fg_pct_24', '2024')], 'moyenne_ponderee', 'nombre_dpe',
        definition="Logements classés F ou G (« passoires énergétiques ») parmi les diagnostics de performance énergétique enregistrés (ADEME). Au-delà de la commune : moyenne pondérée par le nombre de DPE.", hib=False, **PCT),
    ind('nombre_dpe', "Nombre de diagnostics de performance énergétique enregistrés", "DPE", [('logd_dpe_total_24', '2024')], 'somme', decimals=0, mn=0),
    ind('taux_emploi_15_64', "Taux d'emploi des 15-64 ans", "%", [('eco_txemp_1564_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('taux_emploi_15_24', "Taux d'emploi des 15-24 ans", "%", [('eco_txemp_1524_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('taux_emploi_55_64', "Taux d'emploi des 55-64 ans", "%", [('eco_txemp_5564_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('taux_chomage_15_64', "Taux de chômage des 15-64 ans (RP)", "%", [('soc_txchom_1564_22', '2022')], 'moyenne_ponderee', P, mn=0, mx=110),
    ind('taux_chomage_15_24', "Taux de chômage des 15-24 ans (RP)", "%", [('soc_txchom_1524_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_agriculteurs', "Part des agriculteurs exploitants (15 ans et plus)", "%", [('dsp_csp_agri_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_ouvriers', "Part des ouvriers (15 ans et plus)", "%", [('dsp_csp_ouvriers_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_cadres', "Part des cadres et professions intellectuelles supérieures (15 ans et plus)", "%", [('dsp_csp_cadres_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_retraites', "Part des retraités (15 ans et plus)", "%", [('dsp_csp_retraites_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_diplome_inferieur_bac', "Part des non-scolarisés de 15 ans et plus sans diplôme de niveau bac", "%", [('dsp_dipl_infbac_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('part_diplome_bac_plus_2', "Part des non-scolarisés de 15 ans et plus diplômés du supérieur (bac+2 et plus)", "%", [('dsp_dipl_supbac2_pct_22', '2022')], 'moyenne_ponderee', P, **PCT),
    ind('revenu_median', "Médiane du niveau de vie", "€ / UC", [('rev_med_21', '2021')], decimals=0, mn=0,
        definition="Médiane du niveau de vie (Filosofi). Une médiane ne s'agrège pas : seules les valeurs publiées à chaque niveau sont retenues."),
    ind('revenu_disponible_median', "Médiane du revenu disponible par unité de consommation", "€ / UC", [('rev_disp_med_21', '2021')], decimals=0, mn=0),
    ind('taux_pauvrete', "Taux de pauvreté (seuil à 60 % du niveau de vie médian)", "%", [('rev_txpauv_21', '2021')], 'moyenne_ponderee', P,
        definition="Part des personnes dont le niveau de vie est inférieur à 60 % de la médiane nationale (Filosofi, publié pour les communes assez peuplées). Au-delà de la commune : valeur publiée par EPCI si elle existe, sinon moyenne des communes publiées pondérée par leur population, avec couverture.", hib=False, **PCT),
    ind('taux_pauvrete_revenu_disponible', "Taux de pauvreté (revenu disponible)", "%", [('rev_disp_txpauv_21', '2021')], 'moyenne_ponderee', P, **PCT),
    ind('rapport_interdecile', "Rapport interdécile du niveau de vie (D9/D1)", "ratio", [('rev_ird9d1_21', '2021')], mn=0,
        definition="Rapport entre le 9e et le 1er décile du niveau de vie (Filosofi). Non agrégeable : valeur publiée à chaque niveau.", hib=False),
    ind('decile_1_niveau_vie', "1er décile du niveau de vie", "€ / UC", [('rev_d1_21', '2021')], decimals=0, mn=0),
    ind('decile_9_niveau_vie', "9e décile du niveau de vie", "€ / UC", [('rev_d9_21', '2021')], decimals=0, mn=0),
    ind('indice_gini', "Indice de Gini du niveau de vie", "indice", [('rev_gini_21', '2021')], decimals=3, mn=0, mx=1),
]
write('insee', 'communes_indicateurs', dict(id='insee-communes', title="INSEE RP 2022 / Filosofi 2021 (communes)",
      producer="INSEE (RP 2022, Filosofi 2021), ADEME (DPE 2024)", vintage="RP 2022, Filosofi 2021, DPE 2024",
      licence=LO + " ; compilation par IRIS d'un observatoire ouvert, à reconstruire depuis les fichiers INSEE",
      sourceUrl="https://www.insee.fr/fr/statistiques", theme="population_logement_revenus",
      resource="communes_indicateurs_rp2022_filosofi2021.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"), insee,
      "44 indicateurs par commune (Paris, Lyon, Marseille par arrondissement, repliés sur la commune).\nLe chômage des 15-64 ans dépasse 100 % dans 2 communes (moyenne d'IRIS) : borne haute 110 %.")

E = lambda id, col, period: ind(id, None, None, [(col, period)], external=True,
                                **({'mn': 0, 'mx': 100} if 'pct' in col or 'txpauv' in col else {}))
epci = [
    E('population_rp', 'P22_POP', '2022'),
    E('part_logements_vacants', 'log_vac_pct_22', '2022'),
    E('part_residences_secondaires', 'log_ressec_pct_22', '2022'),
    E('part_proprietaires', 'log_prop_pct_22', '2022'),
    E('part_locataires', 'log_loc_pct_22', '2022'),
    ind('part_logements_vacants_2_ans', "Part des logements du parc privé vacants depuis plus de 2 ans", "%", [('logv_vac2ans_pct_25', '2025')], **PCT),
    E('revenu_median', 'rev_med_21', '2021'),
    E('decile_9_niveau_vie', 'rev_d9_21', '2021'),
    E('rapport_interdecile', 'rev_ird9d1_21', '2021'),
    E('taux_pauvrete', 'rev_txpauv_21', '2021'),
    ind('part_prestations_sociales_revenu', "Part des prestations sociales dans le revenu disponible", "%", [('rev_prestasoc_21', '2021')], **PCT),
    ind('prix_median_maison', "Prix médian au m² des maisons", "€ / m²", [('logd_px2q2_mai_24', '2024')], decimals=0, mn=0),
    ind('prix_median_appartement', "Prix médian au m² des appartements", "€ / m²", [('logd_px2q2_appt_24', '2024')], decimals=0, mn=0),
    ind('logements_commences_pour_1000', "Logements commencés pour 1 000 habitants (2022-2024)", "/ 1 000 hab.", [('logs_logcom_tx1000_2224', '2024')], mn=0),
    E('taux_emploi_15_64', 'eco_txemp_1564_22', '2022'),
    ind('indicateur_concentration_emploi', "Indicateur de concentration d'emploi (emplois pour 100 actifs occupés résidents)", "emplois / 100 actifs", [('eco_ratio_emplt_actoc_22', '2022')], mn=0),
    ind('part_emplois_presentiels', "Part des emplois de la sphère présentielle", "%", [('eco_emp_pres_pct_23', '2023')],
        definition="Emplois des activités présentielles (production de biens et services pour les personnes présentes sur le territoire) rapportés à l'ensemble des emplois (INSEE). Publié par EPCI.", **PCT),
    ind('part_emplois_salaries', "Part des emplois salariés", "%", [('eco_sal_pct_22', '2022')], **PCT),
    ind('part_emplois_agriculture', "Part des emplois dans l'agriculture", "%", [('eco_sectagri_pct_22', '2022')], **PCT),
    ind('part_emplois_industrie', "Part des emplois dans l'industrie", "%", [('eco_sectindus_pct_22', '2022')], **PCT),
    ind('evolution_emploi_2016_2022', "Taux de variation annuel moyen de l'emploi 2016-2022", "% par an", [('eco_emp_vtcam_1622', '2022')]),
    ind('indice_krugman_a38', "Indice de spécialisation de Krugman (38 secteurs)", "indice", [('eco_krugman_a38_23', '2023')], decimals=3, mn=0),
    ind('indice_gini_sectoriel_a38', "Indice de Gini de concentration sectorielle (38 secteurs)", "indice", [('eco_gini_a38_23', '2023')], decimals=3, mn=0),
]
write('insee', 'epci_indicateurs', dict(id='insee-epci', title="INSEE RP 2022 / Filosofi 2021 (EPCI)",
      producer="INSEE et autres (compilation)", vintage="2021 à 2025", licence=LO + " ; compilation d'un observatoire ouvert",
      sourceUrl="https://www.insee.fr/fr/statistiques", theme="population_logement_revenus",
      resource="epci_indicateurs_logement_revenus_emploi.csv.gz"),
      dict(separator=",", level="epci", code="code_epci"), epci,
      "Valeurs publiées par EPCI : elles priment sur l'agrégation des communes pour les indicateurs partagés (external).")

# ---------------------------------------------------------------- ABC
write('environnement', 'atlas_biodiversite_communale', dict(id='ofb-abc', title="OFB Atlas de la biodiversité communale",
      producer="Office français de la biodiversité", vintage="2024-2025", licence="Liste publique de l'OFB (crédit OFB)",
      sourceUrl="https://abc.naturefrance.fr/", theme="environnement", resource="atlas_biodiversite_communale_abc.csv.gz"),
      dict(separator=";", level="commune", code="code_geographique"),
      [ind('atlas_biodiversite_communale', "Part des communes couvertes par un Atlas de la biodiversité communale", "part des communes",
           [(None, '2025')], 'part_communes', presence=True, absent=0, decimals=3, hib=True,
           definition="Vaut 1 pour une commune engagée dans un ABC (quel que soit l'avancement), 0 sinon ; au-delà de la commune : part des communes du territoire engagées.")],
      "Projets d'ABC (un par ligne) ; une commune listée vaut 1, les autres 0.")

# ---------------------------------------------------------------- CatNat
cat = [('nb_arretes_total_1982_2025', 'catnat_arretes_total', "Arrêtés de catastrophe naturelle 1982-2025"),
       ('nb_arretes_2016_2025', 'catnat_arretes_10_ans', "Arrêtés de catastrophe naturelle 2016-2025"),
       ('nb_inondation', 'catnat_inondation', "Arrêtés CatNat inondation 1982-2025"),
       ('nb_secheresse', 'catnat_secheresse', "Arrêtés CatNat sécheresse (retrait-gonflement des argiles) 1982-2025"),
       ('nb_mouvement_terrain', 'catnat_mouvement_terrain', "Arrêtés CatNat mouvement de terrain 1982-2025"),
       ('nb_tempete', 'catnat_tempete', "Arrêtés CatNat tempête 1982-2025"),
       ('nb_autres', 'catnat_autres', "Arrêtés CatNat autres périls 1982-2025")]
inds = [ind(i, l, "arrêtés (commune × arrêté)", [(c, '2025')], 'somme', decimals=0, mn=0, hib=False,
            definition=l + " (GASPAR). Au-delà de la commune : somme des arrêtés des communes (un arrêté couvrant n communes compte n fois).") for c, i, l in cat]
inds.append(ind('catnat_derniere_annee', "Année du dernier événement CatNat", "année", [('derniere_annee_evenement', '2025')], 'max', decimals=0, mn=1982, mx=2026))
write('risques', 'catnat', dict(id='gaspar-catnat', title="GASPAR arrêtés CatNat 1982-2025", producer="MTE / BRGM (GASPAR)",
      vintage="export ≈ mai 2026", licence=LO, sourceUrl="https://www.georisques.gouv.fr/donnees/bases-de-donnees/base-gaspar",
      theme="risques", resource="catnat_arretes_par_commune_cog2025.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"), inds,
      "Arrêtés CatNat par commune ; les décomptes peuvent être surestimés de quelques % (doublons de l'export 2025-26).")

# ---------------------------------------------------------------- GASPAR risks
raw = [('inondation', "inondation"), ('submersion_marine', "submersion marine"), ('mouvement_de_terrain', "mouvement de terrain"),
       ('cavites_souterraines', "cavités souterraines"), ('recul_trait_de_cote_dunes', "recul du trait de côte"),
       ('retrait_gonflement_argiles', "retrait-gonflement des argiles"), ('seisme', "séisme"), ('avalanche', "avalanche"),
       ('eruption_volcanique', "éruption volcanique"), ('feu_de_foret', "feu de forêt"), ('phenomene_atmospherique', "phénomène atmosphérique"),
       ('tempete_cyclone', "tempête et cyclone"), ('radon', "radon"), ('risque_industriel', "risque industriel"), ('nucleaire', "nucléaire"),
       ('rupture_de_barrage', "rupture de barrage"), ('transport_de_matieres_dangereuses', "transport de matières dangereuses"),
       ('engins_de_guerre', "engins de guerre"), ('minier', "minier"), ('autre', "autre risque")]
inds = [ind('gaspar_' + c, f"Risque « {l} » recensé au DDRM", "0/1 (présence)", [(c, '2026')], 'max', decimals=0, mn=0, mx=1,
            definition=f"1 si le dossier départemental des risques majeurs recense le risque « {l} » pour la commune ; au-delà : présent dans au moins une commune. Commune absente de GASPAR : inconnu (pas zéro).") for c, l in raw]
inds.append(ind('gaspar_nombre_risques_commune', "Nombre de familles de risques recensées (commune)", "familles", [('nb_risques', '2026')], decimals=0, mn=0))
families = [('minier', "affaissements miniers", 'minier'), ('atmospherique', "phénomènes atmosphériques", 'max(phenomene_atmospherique, tempete_cyclone)'),
            ('avalanche', "avalanches", 'avalanche'), ('rupture_barrage', "rupture de barrage", 'rupture_de_barrage'),
            ('engins_guerre', "engins de guerre", 'engins_de_guerre'), ('feu_foret', "feux de forêt", 'feu_de_foret'),
            ('industriel', "risque industriel", 'risque_industriel'), ('inondation', "inondations", 'max(inondation, submersion_marine)'),
            ('mouvement_terrain', "mouvements de terrain", 'max(mouvement_de_terrain, cavites_souterraines, recul_trait_de_cote_dunes, retrait_gonflement_argiles)'),
            ('nucleaire', "risque nucléaire", 'nucleaire'), ('seisme', "séismes", 'seisme'),
            ('tmd', "transport de marchandises dangereuses", 'transport_de_matieres_dangereuses'), ('eruption', "éruptions volcaniques", 'eruption_volcanique')]
for fid, l, expr in families:
    inds.append(ind('risque_majeur_' + fid, f"Risque majeur : {l}", "0/1 (présence)", [(expr, '2026')], 'max', decimals=0, mn=0, mx=1,
                    definition=f"Famille « {l} » des 13 risques majeurs de Diag360, présente au DDRM de la commune ; au-delà : dans au moins une commune."))
inds.append(ind('nombre_risques_majeurs', "Nombre de risques majeurs auxquels sont exposées les communes du territoire", "/ 13",
                [(None, '2026')], 'nombre_familles', components=['risque_majeur_' + f for f, _, _ in families], decimals=0, hib=False,
                definition="Nombre des 13 familles de risques majeurs (Diag360 : miniers, atmosphériques, avalanches, barrages, engins de guerre, feux de forêt, industriel, inondations, mouvements de terrain, nucléaire, séismes, TMD, éruptions) recensées au DDRM dans au moins une commune du territoire. Les communes absentes de GASPAR sont manquantes (couverture), pas à zéro."))
write('risques', 'gaspar_risques', dict(id='gaspar-risques', title="GASPAR risques majeurs (DDRM)", producer="MTE / BRGM (GASPAR)",
      vintage="export du 2026-10-05", licence=LO, sourceUrl="https://www.georisques.gouv.fr/donnees/bases-de-donnees/base-gaspar",
      theme="risques", resource="gaspar_risques_par_commune.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"), inds,
      "Risques du dossier départemental des risques majeurs, par commune ; 31 648 communes sur 34 969 (63, 26 et d'autres absents).")

# ---------------------------------------------------------------- BPE
bpe = [('medecin_generaliste', "Médecins généralistes (D265)"), ('infirmier', "Infirmiers (D281)"), ('pharmacie', "Pharmacies (D307)"),
       ('structure_sante', "Établissements et structures de santé"), ('ecole_primaire', "Écoles primaires"), ('college', "Collèges"),
       ('lycee', "Lycées"), ('creche', "Crèches"), ('boulangerie', "Boulangeries"), ('superette', "Supérettes"),
       ('grande_surface', "Grandes surfaces (supermarchés et hypermarchés)"), ('poste', "Bureaux et agences de poste"),
       ('gare', "Gares"), ('sport_salle', "Salles de sport"), ('sport_piscine', "Piscines"), ('sport_terrain', "Terrains de sport")]
inds = [ind('bpe_' + c, l, "équipements", [(c, '2024')], 'somme', decimals=0, mn=0) for c, l in bpe]
inds.append(ind('pharmacies_pour_10000', "Densité d'officines de pharmacie", "/ 10 000 hab.", [(None, '2024')], 'ratio', 'population',
                ['bpe_pharmacie'], 10000, decimals=2, hib=True,
                definition="Pharmacies (BPE, D307) pour 10 000 habitants (population municipale du COG 2025), à chaque niveau : somme des pharmacies / somme des populations."))
inds.append(ind('commune_services_residentiels', "Part des communes présentant un ou plusieurs services résidentiels principaux (école, alimentation, pharmacie, médecin)",
                "part des communes", [('min(1, max(ecole_primaire, boulangerie, superette, grande_surface, pharmacie, medecin_generaliste))', '2024')],
                'part_communes', decimals=3, mn=0, mx=1, hib=True,
                definition="Vaut 1 pour une commune ayant au moins une école primaire, un commerce alimentaire (boulangerie, supérette, grande surface), une pharmacie ou un médecin généraliste (BPE 2024), 0 sinon ; au-delà de la commune : part des communes du territoire."))
inds.append(ind('medecins_generalistes_pour_10000', "Médecins généralistes pour 10 000 habitants", "/ 10 000 hab.", [(None, '2024')], 'ratio', 'population',
                ['bpe_medecin_generaliste'], 10000, decimals=2, hib=True))
write('equipements', 'bpe', dict(id='insee-bpe', title="INSEE BPE 2024", producer="INSEE (Base permanente des équipements)",
      vintage="1er janvier 2024", licence=LO, sourceUrl="https://www.insee.fr/fr/metadonnees/source/serie/s1161",
      theme="equipements", resource="bpe2024_equipements_par_commune.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"), inds, "Nombre d'équipements par commune (BPE 2024).")

# ---------------------------------------------------------------- DRIAS
drias = [('NORTX35D_yr', 'jours_35', "Nombre de jours avec température maximale ≥ 35 °C", "jours / an", 1),
         ('NORTX30D_yr', 'jours_30', "Nombre de jours avec température maximale ≥ 30 °C", "jours / an", 1),
         ('NORTR_yr', 'nuits_tropicales', "Nombre de nuits tropicales (minimale ≥ 20 °C)", "nuits / an", 1),
         ('NORIFM40_yr', 'jours_feu', "Nombre de jours de risque significatif de feu de forêt (IFM ≥ 40)", "jours / an", 1),
         ('NORSWI04_yr', 'jours_secheresse_sol', "Nombre de jours de sol sec (SWI < 0,4)", "jours / an", 0),
         ('NORTMm_yr', 'temperature_moyenne', "Température moyenne annuelle", "°C", 2),
         ('NORTXm_seas_JJA', 'temperature_max_ete', "Température maximale moyenne en été (juin-août)", "°C", 2),
         ('NORRR_yr', 'cumul_precipitations', "Cumul annuel de précipitations", "mm", 0),
         ('NORRRq99refD_yr', 'jours_fortes_pluies', "Nombre de jours de fortes précipitations (> 99e centile de référence)", "jours / an", 1),
         ('ATX35D_yr', 'ecart_jours_35', "Écart du nombre de jours ≥ 35 °C à la référence 1976-2005", "jours / an", 1),
         ('ATR_yr', 'ecart_nuits_tropicales', "Écart du nombre de nuits tropicales à la référence 1976-2005", "nuits / an", 1),
         ('ASWI04_yr', 'ecart_jours_secheresse_sol', "Écart du nombre de jours de sol sec à la référence 1976-2005", "jours / an", 0),
         ('AIFM40_yr', 'ecart_jours_feu', "Écart du nombre de jours de risque feu à la référence 1976-2005", "jours / an", 1)]
levels = [('gwl15', '2030s', "+1,5 °C (≈ 2030)"), ('gwl20', '2050s', "+2 °C (≈ 2050)"), ('gwl30', '2100s', "+3 °C (≈ 2100)")]
inds = [ind('climat_' + i, l + " (TRACC)", u, [(f'{c}_{g}', d) for g, d, _ in levels], 'moyenne_ponderee', 'population', decimals=dec,
            definition=l + " selon la trajectoire de réchauffement de référence (TRACC-2023), médiane de 17 modèles EURO-CORDEX au point de grille SAFRAN le plus proche de la commune ; périodes : décennie 2030 (+1,5 °C), 2050 (+2 °C), 2100 (+3 °C). Au-delà de la commune : moyenne pondérée par la population (exposition des habitants).")
        for c, i, l, u, dec in drias]
write('climat', 'drias_tracc2023', dict(id='drias-tracc2023', title="DRIAS TRACC-2023 (communes)",
      producer="DRIAS, données Météo-France, CERFACS, IPSL", vintage="extraction 2026-05",
      licence="Réutilisation libre avec la mention « Drias, données Météo-France, CERFACS, IPSL » et la date de mise à jour",
      sourceUrl="https://www.drias-climat.fr/", theme="climat", resource="drias_tracc2023_par_commune_cog2025.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"), inds,
      "Indices climatiques DRIAS par commune aux trois niveaux de réchauffement (décennies 2030, 2050, 2100).\nLe fichier sur grille SAFRAN n'est pas importé (agrégation surfacique non implémentée).")

# ---------------------------------------------------------------- elections
write('elections', 'municipales2020', dict(id='interieur-municipales-2020', title="Municipales 2020, 1er tour",
      producer="Ministère de l'Intérieur", vintage="15 mars 2020", licence=LO,
      sourceUrl="https://www.data.gouv.fr/fr/datasets/elections-municipales-2020-resultats-1er-tour/",
      theme="vie_civique", resource="municipales2020_t1_participation_communes_1000plus.csv.gz"),
      dict(separator=",", level="commune", code="code_commune_cog2025", fallbackCode="code_commune_2020"),
      [ind('participation_municipales_2020', "Taux de participation aux élections municipales 2020 (1er tour)", "%",
           [('participation_pct', '2020')], 'moyenne_ponderee', 'population', hib=True, **PCT,
           definition="Votants rapportés aux inscrits au 1er tour du 15 mars 2020, communes de 1 000 habitants et plus (hors Paris, Lyon, Marseille). Au-delà de la commune : moyenne pondérée par la population municipale (les inscrits ne sont pas fournis), avec la couverture en population.")],
      "Participation au 1er tour des municipales 2020, communes de 1 000 habitants et plus.")

# ---------------------------------------------------------------- SSMSI
ss = [('burglary', 'cambriolages', "Cambriolages de logement"), ('drug_trafficking', 'trafic_stupefiants', "Trafic de stupéfiants"),
      ('drug_use', 'usage_stupefiants', "Usage de stupéfiants"), ('fraud', 'escroqueries', "Escroqueries et fraudes"),
      ('robbery_armed', 'vols_armes', "Vols avec armes"), ('robbery_unarmed', 'vols_violents_sans_arme', "Vols violents sans arme"),
      ('sexual_violence', 'violences_sexuelles', "Violences sexuelles"), ('theft_no_violence', 'vols_sans_violence', "Vols sans violence contre des personnes"),
      ('vandalism', 'destructions_degradations', "Destructions et dégradations volontaires"), ('vehicle_accessory_theft', 'vols_accessoires_vehicules', "Vols d'accessoires sur véhicules"),
      ('vehicle_break_in', 'vols_dans_vehicules', "Vols dans les véhicules"), ('vehicle_theft', 'vols_vehicules', "Vols de véhicules"),
      ('violence_family', 'coups_blessures_intrafamiliaux', "Coups et blessures volontaires intrafamiliaux"),
      ('violence_outside_family', 'coups_blessures_hors_famille', "Coups et blessures volontaires hors cadre familial")]
inds = [ind('ssmsi_population', "Population de référence (SSMSI)", "hab.", [('population', '2024')], 'somme', decimals=0, mn=0)]
inds += [ind('delinquance_' + i, l + " pour 1 000 habitants", "/ 1 000 hab.", [(c, '2024')], 'moyenne_ponderee', 'ssmsi_population', decimals=2, mn=0, hib=False,
             definition=l + " enregistrés par la police et la gendarmerie, pour 1 000 habitants (SSMSI). Les petites communes portent une valeur lissée (drapeau « lisse »). Au-delà de la commune : moyenne pondérée par la population, soit le rapport des sommes.") for c, i, l in ss]
inds.append(ind('victimes_coups_blessures_pour_1000', "Victimes de coups et blessures volontaires pour 1 000 habitants", "/ 1 000 hab.",
                [('violence_family + violence_outside_family', '2024')], 'moyenne_ponderee', 'ssmsi_population', decimals=2, mn=0, hib=False,
                definition="Victimes de coups et blessures volontaires (intrafamiliaux et hors cadre familial) pour 1 000 habitants (SSMSI). Au-delà de la commune : rapport des sommes (moyenne pondérée par la population)."))
write('securite', 'ssmsi2024', dict(id='ssmsi-2024', title="SSMSI délinquance enregistrée 2024", producer="SSMSI (ministère de l'Intérieur)",
      vintage="2024", licence=LO, sourceUrl="https://www.data.gouv.fr/fr/datasets/bases-statistiques-communale-departementale-et-regionale-de-la-delinquance-enregistree-par-la-police-et-la-gendarmerie-nationales/",
      theme="securite", resource="ssmsi2024_delinquance_taux_par_commune.csv.gz"),
      dict(separator=",", level="commune", code="code_commune", flagRepeated="lisse"), inds,
      "Taux pour 1 000 habitants par commune ; une valeur non nulle répétée dans 5 communes ou plus est une valeur lissée (drapeau « lisse »).")

# ---------------------------------------------------------------- SRU
write('logement', 'sru2024', dict(id='dgaln-sru-2024', title="Taux de logements sociaux SRU 2024", producer="DGALN",
      vintage="2024", licence=LO, sourceUrl="https://www.data.gouv.fr/", theme="population_logement_revenus",
      resource="taux_logements_sociaux_sru_2024_par_commune.csv.gz"),
      dict(separator=",", level="commune", code="code_commune"),
      [ind('taux_logements_sociaux', "Part des logements sociaux dans les résidences principales (SRU)", "%",
           [('taux_logements_sociaux_pct', '2024')], 'moyenne_ponderee', 'menages', decimals=1, hib=True, mn=0, mx=200,
           definition="Logements locatifs sociaux décomptés au titre de la loi SRU rapportés aux résidences principales (arrondi à l'unité). Au-delà de la commune : moyenne pondérée par le nombre de ménages (résidences principales, RP 2022).")],
      "Taux de logements sociaux SRU par commune.\nBorne haute 200 % : le fichier publié contient un taux de 157 % (décompte SRU supérieur au parc RP).")
print("ok")
