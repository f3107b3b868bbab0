-- title: add inet4 and inet6 columns
-- feature: inet-types
-- doc: https://mariadb.com/kb/en/inet6/
-- from
create table host (id int auto_increment primary key, hostname varchar(100) not null);
-- rows
insert into host (hostname) values ('a.local'), ('b.local');
-- to
create table host (id int auto_increment primary key, hostname varchar(100) not null, ipv4 inet4, ipv6 inet6 default '::1');
