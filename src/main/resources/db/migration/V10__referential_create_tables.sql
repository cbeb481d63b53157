-- Referentials of indicators (Diag360 v1.3.5 and others), copied from the versioned YAML files at start.
CREATE SCHEMA IF NOT EXISTS referential;

CREATE TABLE referential.referential (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    version      TEXT NOT NULL,
    attribution  TEXT,
    licence      TEXT,
    source       TEXT,
    loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE referential.need (
    referential_id TEXT NOT NULL REFERENCES referential.referential (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    category       TEXT NOT NULL,
    description    TEXT,
    PRIMARY KEY (referential_id, id)
);

CREATE TABLE referential.indicator_row (
    referential_id     TEXT NOT NULL REFERENCES referential.referential (id) ON DELETE CASCADE,
    sheet_row          INTEGER NOT NULL,
    id                 TEXT NOT NULL,
    need_id            TEXT NOT NULL,
    designation        TEXT NOT NULL,
    objective          TEXT,
    kind               TEXT,
    unit               TEXT,
    primary_source     TEXT,
    secondary_source   TEXT,
    value_type         TEXT NOT NULL,
    scale              TEXT NOT NULL,
    label_zero         TEXT,
    label_half         TEXT,
    label_one          TEXT,
    anchor_zero        DOUBLE PRECISION,
    anchor_half        DOUBLE PRECISION,
    anchor_one         DOUBLE PRECISION,
    bornage            TEXT,
    curve_k            DOUBLE PRECISION NOT NULL DEFAULT 0,
    documentation_page TEXT,
    description        TEXT,
    justification      TEXT,
    thresholds_text    TEXT,
    access             TEXT,
    PRIMARY KEY (referential_id, sheet_row),
    UNIQUE (referential_id, need_id, id),
    FOREIGN KEY (referential_id, need_id) REFERENCES referential.need (referential_id, id)
);
