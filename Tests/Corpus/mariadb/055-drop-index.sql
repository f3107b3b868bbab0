-- title: index dropped
-- feature: index
-- doc: https://mariadb.com/kb/en/drop-index/
-- from
create table message (id int auto_increment primary key, sender varchar(50) not null, key sender_idx (sender));
-- rows
insert into message (sender) values ('ann'), ('bo');
-- to
create table message (id int auto_increment primary key, sender varchar(50) not null);
