-- What the bundled typology files (data/typologie, COG 2025) say of each commune: INSEE density grid 2025, aire
-- d'attraction des villes 2020, zone de montagne and massif, loi Littoral (sea, 2019), ANCT programmes.
-- Keyed by INSEE code and independent of territory.territory, so that reloading the division leaves it alone; the
-- EPCI profiles and the six « Villes et territoires résilients » types are derived in memory from these rows and
-- the division (territory.typology.TerritoryTypologies), not stored.
create table territory.commune_typology (
    commune_code        text primary key,
    zone                text not null check (zone in ('metro', 'drom', 'com')),
    area_km2            double precision,
    density_class       smallint check (density_class between 1 and 7),
    aav_code            text,
    aav_name            text,
    aav_category        text,
    aav_category_label  text,
    aav_size            text,
    aav_size_label      text,
    mountain            boolean,
    mountain_partial    boolean,
    massif              text,
    coastal             boolean not null,
    acv                 boolean not null,
    pvd                 boolean not null,
    ort                 boolean not null
);
