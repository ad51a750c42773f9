// What every store uses: the table client, the shared table code and the layouts; a store's own Domain stays in its file.
global using Azure;
global using Azure.Data.Tables;
global using CoordinatorBot.Storage.Tables;
global using CoordinatorBot.Storage.Layouts;
global using CoordinatorBot.Domain.Communities;
global using System.Globalization;
global using System.Text.Json;
