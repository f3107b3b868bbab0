-- title: index marked IGNORED
-- feature: index-ignored
-- doc: https://mariadb.com/kb/en/ignored-indexes/
-- from
create table click (id bigint auto_increment primary key, campaign varchar(40) not null, key click_campaign (campaign));
-- rows
insert into click (campaign) values ('spring'), ('fall');
-- to
create table click (id bigint auto_increment primary key, campaign varchar(40) not null, key click_campaign (campaign) ignored);
