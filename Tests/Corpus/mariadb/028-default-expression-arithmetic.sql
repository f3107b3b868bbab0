-- title: default expression using a date function
-- feature: default-expression
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table subscription (id int auto_increment primary key, plan varchar(20) not null, expires_on date);
-- rows
insert into subscription (plan, expires_on) values ('basic', null), ('pro', '2030-01-01');
-- to
create table subscription (id int auto_increment primary key, plan varchar(20) not null, expires_on date default (curdate() + interval 30 day));
