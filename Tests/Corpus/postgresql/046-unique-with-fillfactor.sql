-- title: unique constraint index gets WITH (fillfactor = 70)
-- feature: index-storage-params
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table license (id serial primary key, serial_no text not null, constraint license_serial_no_key unique (serial_no));
-- rows
insert into license (serial_no) values ('X-1'), ('X-2');
-- to
create table license (id serial primary key, serial_no text not null, constraint license_serial_no_key unique (serial_no) with (fillfactor = 70));
