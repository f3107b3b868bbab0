-- title: list partitioned table gains a DEFAULT partition
-- feature: partition-list
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table customer_region (id int not null, region text not null) partition by list (region);
create table customer_region_eu partition of customer_region for values in ('pt', 'de', 'fr');
create table customer_region_us partition of customer_region for values in ('us');
-- rows
insert into customer_region values (1, 'pt'), (2, 'us');
-- to
create table customer_region (id int not null, region text not null) partition by list (region);
create table customer_region_eu partition of customer_region for values in ('pt', 'de', 'fr');
create table customer_region_us partition of customer_region for values in ('us');
create table customer_region_other partition of customer_region default;
