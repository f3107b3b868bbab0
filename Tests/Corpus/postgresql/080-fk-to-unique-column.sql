-- title: foreign key referencing a unique (non primary key) column
-- feature: foreign-key
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table airport (id serial primary key, iata char(3) not null unique);
create table flight (id serial primary key, origin char(3) not null);
-- rows
insert into airport (iata) values ('LIS'), ('KEF');
insert into flight (origin) values ('LIS'), ('KEF');
-- to
create table airport (id serial primary key, iata char(3) not null unique);
create table flight (id serial primary key, origin char(3) not null, constraint flight_origin_fkey foreign key (origin) references airport (iata));
