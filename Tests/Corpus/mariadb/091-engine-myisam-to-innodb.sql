-- title: table engine changed from MyISAM to InnoDB
-- feature: table-engine
-- doc: https://mariadb.com/kb/en/create-table/#storage-engine
-- from
create table old_stats (id int auto_increment primary key, hits int not null default 0) engine = MyISAM;
-- rows
insert into old_stats (hits) values (1), (2);
-- to
create table old_stats (id int auto_increment primary key, hits int not null default 0) engine = InnoDB;
