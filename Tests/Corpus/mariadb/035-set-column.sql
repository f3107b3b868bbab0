-- title: SET column gains a member
-- feature: set-type
-- doc: https://mariadb.com/kb/en/set-data-type/
-- from
create table pizza (id int auto_increment primary key, toppings set('cheese', 'ham') not null default '');
-- rows
insert into pizza (toppings) values ('cheese'), ('cheese,ham');
-- to
create table pizza (id int auto_increment primary key, toppings set('cheese', 'ham', 'olives') not null default 'cheese');
