-- title: char(36) column with default (uuid()) expression
-- feature: default-expression
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table api_key (id int auto_increment primary key, label varchar(50) not null);
-- rows
insert into api_key (label) values ('ci'), ('deploy');
-- to
create table api_key (id int auto_increment primary key, label varchar(50) not null, token char(36) not null default (uuid()));
