--liquibase formatted sql

--changeset sendplan:plans-5-delivered-savings
-- Savings an action has delivered, recorded as they happen; the estimates stay in action_saving.
create table action_delivered_saving (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    action_id uuid not null references plan_action (id) on delete cascade,
    financial_year int not null,
    amount numeric(14, 2) not null,
    recorded_on date not null,
    note text,
    recorded_by varchar(200) not null,
    recorded_at timestamptz not null,
    version bigint not null default 0
);
create index action_delivered_saving_action on action_delivered_saving (tenant_id, action_id);

alter table action_delivered_saving enable row level security;
alter table action_delivered_saving force row level security;
create policy tenant_isolation on action_delivered_saving
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

grant select, insert, update, delete on action_delivered_saving to ${app_role};
