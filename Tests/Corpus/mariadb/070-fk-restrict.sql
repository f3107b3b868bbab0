-- title: explicit ON DELETE RESTRICT ON UPDATE RESTRICT on a varchar natural key
-- feature: fk-action
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table currency (code char(3) not null primary key);
create table fx_rate (id int auto_increment primary key, currency_code char(3) not null, constraint fk_fx_currency foreign key (currency_code) references currency (code) on delete cascade);
-- rows
insert into currency values ('EUR'), ('USD');
insert into fx_rate (currency_code) values ('EUR'), ('USD');
-- to
create table currency (code char(3) not null primary key);
create table fx_rate (id int auto_increment primary key, currency_code char(3) not null, constraint fk_fx_currency foreign key (currency_code) references currency (code) on delete restrict on update restrict);
