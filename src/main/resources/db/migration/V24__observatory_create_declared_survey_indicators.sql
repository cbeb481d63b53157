-- Issue 11, item 4: the « déclaré » indicators that territories share from their élus' and businesses' surveys
-- (docs/observatory.md, « Indicateurs déclarés des enquêtes »). Their values are written by Observatory.replaceDeclared
-- only (method 'declare', the number of respondents in method_detail); no bundled file feeds this dataset, and the
-- aggregates do not read it (AggregationRepository.inputsVersion leaves it out).
insert into observatory.dataset (id, title, producer, vintage, licence, file, source_url, version, row_count)
values ('enquetes-partagees', 'Enquêtes collectives partagées par les territoires',
        'Équipes des territoires utilisant Résilience 360 (réponses agrégées, 5 répondants au moins)', 'en continu',
        'Licence Ouverte 2.0', 'module survey (aucun fichier)', null, '1', 0)
on conflict (id) do nothing;

insert into observatory.indicator (id, label, definition, unit, decimals, theme, actor_type, aggregation,
  higher_is_better, context, dataset_id)
values
  ('enq_elus_connaissance_risques', 'Élus : connaissance des risques du territoire',
   'Note moyenne (1 pas du tout d''accord, 5 tout à fait d''accord) des élus à « Je connais les risques qui pèsent sur notre territoire » (enquête élus, question connaissance_risques).',
   'note de 1 à 5', 2, 'enquetes', 'societe', 'aucune', true, false, 'enquetes-partagees'),
  ('enq_elus_preparation_crise', 'Élus : collectivité prête à une crise majeure',
   'Note moyenne (1 à 5) des élus à « Notre collectivité est prête à faire face à une crise majeure » (enquête élus, question preparation_collectivite).',
   'note de 1 à 5', 2, 'enquetes', 'societe', 'aucune', true, false, 'enquetes-partagees'),
  ('enq_elus_crise_geree', 'Élus : part ayant géré une crise ces cinq dernières années',
   'Part des élus répondant « Oui » à « Votre collectivité a-t-elle géré une crise ces cinq dernières années ? » (enquête élus, question evenement_recent).',
   '%', 0, 'enquetes', 'societe', 'aucune', null, true, 'enquetes-partagees'),
  ('enq_entreprises_dependance_fournisseur', 'Entreprises : dépendance à un fournisseur principal',
   'Note moyenne (1 pas du tout d''accord, 5 tout à fait d''accord) des entreprises à « Notre activité s''arrêterait vite si un fournisseur principal faisait défaut » (enquête entreprises, question dependance_fournisseurs).',
   'note de 1 à 5', 2, 'enquetes', 'entreprises', 'aucune', false, false, 'enquetes-partagees'),
  ('enq_entreprises_dependance_energie', 'Entreprises : vulnérabilité au prix de l''énergie',
   'Note moyenne (1 à 5) des entreprises à « Une forte hausse du prix de l''énergie mettrait notre activité en danger » (enquête entreprises, question dependance_energie).',
   'note de 1 à 5', 2, 'enquetes', 'entreprises', 'aucune', false, false, 'enquetes-partagees'),
  ('enq_entreprises_plan_continuite', 'Entreprises : part ayant un plan de continuité d''activité',
   'Part des entreprises répondant « Oui, et il a été testé » ou « Oui, jamais testé » à « Avez-vous un plan de continuité d''activité ? » (enquête entreprises, question plan_continuite).',
   '%', 0, 'enquetes', 'entreprises', 'aucune', true, false, 'enquetes-partagees'),
  ('enq_entreprises_fournisseur_unique', 'Entreprises : part dépendant d''un fournisseur unique',
   'Part des entreprises répondant « Oui » à « Un de vos intrants essentiels n''a-t-il qu''un seul fournisseur possible ? » (enquête entreprises, question fournisseur_unique).',
   '%', 0, 'enquetes', 'entreprises', 'aucune', false, false, 'enquetes-partagees'),
  ('enq_entreprises_dommages_subis', 'Entreprises : part ayant subi des dommages d''un événement extérieur',
   'Part des entreprises répondant « Oui » à « Ces dix dernières années, votre entreprise a-t-elle subi des dommages dus à un événement extérieur ? » (enquête entreprises, question dommages_subis).',
   '%', 0, 'enquetes', 'entreprises', 'aucune', null, true, 'enquetes-partagees')
on conflict (id) do nothing;
