-- The values of an indicator at one level and period, sorted, with their distribution: computed when the values
-- change (at every recompute) and read by key, so that a page never scans the country per request. A territory's
-- rank and percentile are a binary search in sorted_values (about 48 MB for the whole country, against ~700 MB for
-- one stored position per value); quantiles at 10, 25, 50, 75 and 90 % with linear interpolation (as QUANTILE.INC and
-- the scoring engine's relative bornage). Only values describing territories (actor_type 'territoires') count.
create table observatory.level_distribution (
    indicator_id    text not null,
    period          text not null,
    territory_type  text not null,
    value_count     integer not null,
    min_value       double precision not null,
    quantiles       double precision[] not null,
    max_value       double precision not null,
    mean_value      double precision not null,
    sorted_values   double precision[] not null,
    primary key (indicator_id, period, territory_type)
);
