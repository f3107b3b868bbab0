-- title: enum gains a value at the end
-- feature: enum-values
-- doc: https://mariadb.com/kb/en/enum/
-- from
create table purchase (id int auto_increment primary key, status enum('pending', 'paid', 'shipped') not null default 'pending');
-- rows
insert into purchase (status) values ('pending'), ('shipped');
-- to
create table purchase (id int auto_increment primary key, status enum('pending', 'paid', 'shipped', 'refunded') not null default 'pending');
