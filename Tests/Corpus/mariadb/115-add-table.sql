-- title: new table with a foreign key to an existing one
-- feature: create-table
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table team (id int auto_increment primary key, name varchar(50) not null);
-- rows
insert into team (name) values ('core'), ('infra');
-- to
create table team (id int auto_increment primary key, name varchar(50) not null);
create table team_member (id int auto_increment primary key, team_id int not null, member_name varchar(50) not null, joined_at datetime not null default current_timestamp, constraint fk_member_team foreign key (team_id) references team (id) on delete cascade);
