-- title: ON DELETE RESTRICT ON UPDATE CASCADE on a natural key
-- feature: fk-action
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table currency (code char(3) primary key);
create table fx_rate (id serial primary key, currency_code char(3) not null references currency (code));
-- rows
insert into currency values ('EUR'), ('USD');
insert into fx_rate (currency_code) values ('EUR'), ('USD');
-- to
create table currency (code char(3) primary key);
create table fx_rate (id serial primary key, currency_code char(3) not null references currency (code) on delete restrict on update cascade);
