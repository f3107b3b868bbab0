-- title: column-level REFERENCES (parsed but ignored by MariaDB) next to a real table-level fk
-- feature: foreign-key
-- doc: https://mariadb.com/kb/en/create-table/#column-definitions
-- from
create table airport (id int primary key, iata char(3) not null unique);
create table flight (id int primary key, origin char(3) not null);
-- rows
insert into airport values (1, 'LIS'), (2, 'KEF');
insert into flight values (10, 'LIS'), (11, 'KEF');
-- to
create table airport (id int primary key, iata char(3) not null unique);
create table flight (id int primary key, origin char(3) not null references airport (iata), foreign key (origin) references airport (iata));
