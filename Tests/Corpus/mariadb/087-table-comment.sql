-- title: table comment added
-- feature: comment-on-table
-- doc: https://mariadb.com/kb/en/create-table/#comment
-- from
create table supplier (id int auto_increment primary key, name varchar(100) not null);
-- rows
insert into supplier (name) values ('Acme');
-- to
create table supplier (id int auto_increment primary key, name varchar(100) not null) comment = 'Companies we buy stock from';
