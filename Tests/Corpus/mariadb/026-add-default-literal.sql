-- title: column gets a literal default
-- feature: default-literal
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table ticket (id int auto_increment primary key, status varchar(20) not null);
-- rows
insert into ticket (status) values ('open'), ('closed');
-- to
create table ticket (id int auto_increment primary key, status varchar(20) not null default 'open');
