-- title: foreign key with ON DELETE SET NULL ON UPDATE CASCADE
-- feature: fk-action
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table manager (id int auto_increment primary key, name varchar(50));
create table report (id int auto_increment primary key, manager_id int, foreign key (manager_id) references manager (id));
-- rows
insert into manager (name) values ('m1');
insert into report (manager_id) values (1), (null);
-- to
create table manager (id int auto_increment primary key, name varchar(50));
create table report (id int auto_increment primary key, manager_id int, foreign key (manager_id) references manager (id) on delete set null on update cascade);
