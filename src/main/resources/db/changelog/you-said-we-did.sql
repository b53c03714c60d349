--liquibase formatted sql

--changeset sendplan:you-said-we-did-1-table
-- What people said (a comment, a consultation answer or a proposal) linked by an LA officer to the change it led to:
-- an action of the plan or an approved version. Links are never rewritten, so the page keeps who linked what and when.
-- Comments, actions and versions live in other modules, so their ids have no foreign keys; the action's activity is
-- kept so the page still says what was done if the action is later removed.
create table you_said_we_did (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    said_kind varchar(20) not null,
    said_id uuid not null,
    action_id uuid,
    action_activity text,
    version_number int,
    statement varchar(1000) not null,
    linked_by_id uuid not null,
    linked_by varchar(200) not null,
    linked_at timestamptz not null,
    version bigint not null default 0,
    constraint you_said_we_did_one_change check ((action_id is null) <> (version_number is null))
);
create index you_said_we_did_plan on you_said_we_did (tenant_id, plan_id, linked_at);
create index you_said_we_did_said on you_said_we_did (tenant_id, said_kind, said_id);

alter table you_said_we_did enable row level security;
alter table you_said_we_did force row level security;
create policy tenant_isolation on you_said_we_did
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

grant select, insert on you_said_we_did to ${app_role};
