-- Where each value stands among the values of the same indicator, period and level, computed when the values change
-- (at every recompute) and read by key: a page never ranks the country per request.
-- value_rank: 1 for the highest value (ties share the rank); percentile: share of the level's values below it, ties
-- counting half, from 0 to 100. Only values describing territories (actor_type 'territoires') are ranked.
create table observatory.value_position (
    territory_id    text not null,
    indicator_id    text not null,
    period          text not null,
    value_rank      integer not null,
    level_count     integer not null,
    percentile      double precision not null,
    primary key (territory_id, indicator_id, period)
);

-- The distribution of an indicator at one level and period: quantiles at 10, 25, 50, 75 and 90 % with linear
-- interpolation (as QUANTILE.INC and the scoring engine's relative bornage).
create table observatory.level_distribution (
    indicator_id    text not null,
    period          text not null,
    territory_type  text not null,
    value_count     integer not null,
    min_value       double precision not null,
    quantiles       double precision[] not null,
    max_value       double precision not null,
    mean_value      double precision not null,
    primary key (indicator_id, period, territory_type)
);
