-- title: add daterange and tstzrange columns
-- feature: range-types
-- doc: https://www.postgresql.org/docs/15/rangetypes.html
-- from
create table promotion (id serial primary key, code text not null);
-- rows
insert into promotion (code) values ('SUMMER'), ('WINTER');
-- to
create table promotion (id serial primary key, code text not null, valid_dates daterange, active_window tstzrange, qty int4range default '[1,10)');
