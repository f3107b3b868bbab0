-- title: bit(8) flags column becomes bit varying(16)
-- feature: bit-string
-- doc: https://www.postgresql.org/docs/15/datatype-bit.html
-- from
create table permission_mask (id serial primary key, flags bit(8) not null default b'00000000');
-- rows
insert into permission_mask (flags) values (b'10100000'), (default);
-- to
create table permission_mask (id serial primary key, flags bit varying(16) not null default b'00000000');
