-- title: timestamp without time zone becomes timestamptz
-- feature: column-type
-- doc: https://www.postgresql.org/docs/15/datatype-datetime.html
-- from
create table event (id serial primary key, starts_at timestamp not null);
-- rows
insert into event (starts_at) values ('2024-01-01 10:00'), ('2024-06-30 23:59:59');
-- to
create table event (id serial primary key, starts_at timestamptz not null);
