-- title: sequence options changed (increment, bounds, cycle, cache)
-- feature: sequence
-- doc: https://www.postgresql.org/docs/15/sql-altersequence.html
-- from
create sequence batch_seq;
create table batch (id int primary key default nextval('batch_seq'), name text);
-- rows
insert into batch (name) values ('a'), ('b');
-- to
create sequence batch_seq as integer increment by 5 minvalue 1 maxvalue 1000000 start with 1 cache 10 cycle;
create table batch (id int primary key default nextval('batch_seq'), name text);
