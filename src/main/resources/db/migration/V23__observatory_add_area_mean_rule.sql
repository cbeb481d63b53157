-- Area exposure (moyenne_surfacique): the mean of a climate grid's points inside a territory's outline.
alter table observatory.indicator drop constraint indicator_aggregation_check;
alter table observatory.indicator add constraint indicator_aggregation_check
    check (aggregation in ('somme', 'moyenne_ponderee', 'ratio', 'part_communes', 'max', 'nombre_familles',
                           'moyenne_surfacique', 'aucune'));
