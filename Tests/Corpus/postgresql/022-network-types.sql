-- title: add inet, cidr and macaddr columns
-- feature: network-types
-- doc: https://www.postgresql.org/docs/15/datatype-net-types.html
-- from
create table device (id serial primary key, hostname text not null);
-- rows
insert into device (hostname) values ('router'), ('printer');
-- to
create table device (id serial primary key, hostname text not null, ip inet, subnet cidr default '10.0.0.0/8', mac macaddr);
