-- title: domain check constraint changed
-- feature: domain
-- doc: https://www.postgresql.org/docs/15/sql-alterdomain.html
-- from
create domain percentage as numeric(5,2) constraint percentage_range check (value >= 0 and value <= 100);
create table tax_rule (id serial primary key, rate percentage not null);
-- rows
insert into tax_rule (rate) values (23), (6.5);
-- to
create domain percentage as numeric(5,2) default 0 not null constraint percentage_range check (value >= 0 and value <= 200);
create table tax_rule (id serial primary key, rate percentage not null);
