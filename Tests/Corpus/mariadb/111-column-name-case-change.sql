-- title: column name changes only in case (Email -> email)
-- feature: case-sensitive-names
-- doc: https://mariadb.com/kb/en/identifier-case-sensitivity/
-- from
create table Contact (Id int primary key, Email varchar(100));
-- rows
insert into Contact values (1, 'a@x.io'), (2, null);
-- to
create table Contact (Id int primary key, email varchar(100));
