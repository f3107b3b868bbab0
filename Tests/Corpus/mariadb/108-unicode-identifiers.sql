-- title: unicode table and column names; a unique key added
-- feature: unicode-identifiers
-- doc: https://mariadb.com/kb/en/identifier-names/
-- from
create table café (número int auto_increment primary key, `名前` varchar(50) not null, prix_€ decimal(8,2));
-- rows
insert into café (`名前`, prix_€) values ('エスプレッソ', 1.20), ('ガラオン', 1.60);
-- to
create table café (número int auto_increment primary key, `名前` varchar(50) not null unique, prix_€ decimal(8,2) not null default 0);
