-- title: index on a virtual generated column (functional index workaround)
-- feature: generated-virtual
-- doc: https://mariadb.com/kb/en/generated-columns/
-- from
create table app_user (id int auto_increment primary key, email varchar(255) not null);
-- rows
insert into app_user (email) values ('Ada@Example.com'), ('grace@example.com');
-- to
create table app_user (id int auto_increment primary key, email varchar(255) not null, email_lower varchar(255) as (lower(email)) virtual, unique key app_user_email_lower (email_lower));
