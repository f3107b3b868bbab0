-- title: add json column (longtext with json_valid check)
-- feature: json
-- doc: https://mariadb.com/kb/en/json-data-type/
-- from
create table profile_data (id int auto_increment primary key, username varchar(50) not null);
-- rows
insert into profile_data (username) values ('ada'), ('linus');
-- to
create table profile_data (id int auto_increment primary key, username varchar(50) not null, preferences json);
