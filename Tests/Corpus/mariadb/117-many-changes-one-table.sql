-- title: several changes to one table at once (type, default, nullability, index, on update)
-- feature: combined
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table listing (id int auto_increment primary key, title varchar(100) not null, price int, status varchar(20), created_at datetime default current_timestamp);
-- rows
insert into listing (title, price, status) values ('Bike', 100, 'active'), ('Desk', 50, 'sold');
-- to
create table listing (id bigint unsigned auto_increment primary key, title varchar(200) not null, price decimal(10,2) not null default 0, status enum('active', 'sold', 'hidden') not null default 'active', created_at datetime default current_timestamp, updated_at datetime default current_timestamp on update current_timestamp, key listing_status (status, created_at)) comment 'marketplace listings';
