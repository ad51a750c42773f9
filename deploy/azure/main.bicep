// CoordinatorBot in Azure: a user-assigned managed identity that is both the bot's identity (MicrosoftAppType
// UserAssignedMSI) and its way into Table Storage, an App Service on Linux (.NET 10), an Azure Bot with the Teams
// channel, a Storage account without shared keys, and Application Insights. EU region by default.
//
//   az deployment group create -g <resource-group> -f deploy/azure/main.bicep -p name=os2mo-coordinatorbot

@description('A short name; resource names are made from it.')
@minLength(3)
@maxLength(20)
param name string

@description('An EU region; the data of Danish municipalities stays in the EU.')
@allowed([ 'swedencentral', 'northeurope', 'westeurope', 'germanywestcentral', 'francecentral' ])
param location string = 'swedencentral'

@description('App Service plan size.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

@description('The mailbox that organises meetings through Microsoft Graph (e.g. koordinator@kommune.dk); empty: meetings get an .ics and no Teams link. The managed identity needs the application permission Calendars.ReadWrite, limited to this mailbox with Exchange RBAC for Applications (see the README).')
param graphOrganizer string = ''

@description('Days a nightly backup of the tables is kept in the backups container (soft delete keeps a deleted or overwritten one 14 days more).')
@minValue(7)
param backupRetentionDays int = 35

var suffix = uniqueString(resourceGroup().id, name)
var storageName = take(toLower('st${replace(name, '-', '')}${suffix}'), 24)
var siteName = '${name}-${suffix}'
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var blobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableDataContributor)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}

// The nightly backup of every table (the bot's BackupJob): a container of its own, soft delete for blobs and
// containers, and a lifecycle rule that removes backups after backupRetentionDays.
resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 14 }
    containerDeleteRetentionPolicy: { enabled: true, days: 14 }
  }
}

resource backups 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'backups'
  properties: { publicAccess: 'None' }
}

resource backupRetention 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-backups'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: [ 'blockBlob' ], prefixMatch: [ 'backups/coordinatorbot-' ] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: backupRetentionDays } } }
          }
        }
      ]
    }
  }
}

resource backupAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(backups.id, identity.id, blobDataContributor)
  scope: backups
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributor)
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'Storage__TableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'Backup__ContainerUri', value: '${storage.properties.primaryEndpoints.blob}${backups.name}' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'Export__PublicBaseUrl', value: 'https://${siteName}.azurewebsites.net' }
        // Graph signs in as the same managed identity (no secret): its tenant and client id.
        { name: 'Graph__TenantId', value: tenant().tenantId }
        { name: 'Graph__ClientId', value: identity.properties.clientId }
        { name: 'Graph__Organizer', value: graphOrganizer }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'CoordinatorBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    // A tenant id (a GUID), not a resource id: the rule mistakes the name's "Id" for one.
    #disable-next-line use-resource-id-functions
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('The bot app id to put in the Teams app package (deploy/teams/package.sh).')
output botAppId string = identity.properties.clientId
output endpoint string = 'https://${site.properties.defaultHostName}/api/messages'

// The names the Microsoft 365 Agents Toolkit writes into env/.env.<environment> after `atk provision` (m365agents.yml),
// where the manifest's placeholders and the deploy step read them.
@description('The bot\'s app id (the managed identity\'s client id), for the manifest\'s botId.')
output BOT_ID string = identity.properties.clientId
@description('The App Service\'s host name, for the manifest\'s link domains.')
output BOT_DOMAIN string = site.properties.defaultHostName
@description('The App Service that `atk deploy` deploys to.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = site.id
