-- title: text column converted to an enum
-- feature: enum
-- doc: https://www.postgresql.org/docs/15/datatype-enum.html
-- from
create table payment_method (id serial primary key, kind text not null);
-- rows
insert into payment_method (kind) values ('card'), ('cash');
-- to
create type payment_kind as enum ('card', 'cash', 'transfer');
create table payment_method (id serial primary key, kind payment_kind not null);
