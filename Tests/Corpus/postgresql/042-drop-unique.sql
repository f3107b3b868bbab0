-- title: unique constraint dropped
-- feature: unique
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table guest (id serial primary key, phone varchar(30), constraint guest_phone_key unique (phone));
-- rows
insert into guest (phone) values ('555-1'), ('555-2');
-- to
create table guest (id serial primary key, phone varchar(30));
