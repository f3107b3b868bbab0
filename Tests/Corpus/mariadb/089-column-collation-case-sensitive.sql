-- title: column collation becomes utf8mb4_bin (case-sensitive)
-- feature: collation-column
-- doc: https://mariadb.com/kb/en/setting-character-sets-and-collations/
-- from
create table handle (id int auto_increment primary key, name varchar(50) not null unique);
-- rows
insert into handle (name) values ('Alice'), ('bob');
-- to
create table handle (id int auto_increment primary key, name varchar(50) collate utf8mb4_bin not null unique);
