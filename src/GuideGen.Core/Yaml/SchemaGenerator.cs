using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuideGen.Core.Yaml;

/// <summary>
/// JSON Schemas for editors (YAML language servers complete and check fields as people type),
/// generated from the same records the binder reads, by the same rules: snake_case keys, `required`
/// properties required, nothing else allowed. So the schemas can never disagree with the loader.
/// </summary>
public static class SchemaGenerator
{
    public static string Generate(Type record, string title, string description)
    {
        var schema = ObjectSchema(record);
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "title", title);
        schema.Insert(2, "description", description);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject ObjectSchema(Type record)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && p.GetCustomAttribute<NotInYamlAttribute>() is null))
        {
            var key = YamlBinder.KeyOf(property.Name);
            properties[key] = ValueSchema(property.PropertyType, property.GetCustomAttribute<RequiredMemberAttribute>() is not null);
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null) required.Add(key);
        }
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Count > 0) schema["required"] = required;
        return schema;
    }

    private static JsonNode ValueSchema(Type type, bool required)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return required ? new JsonObject { ["type"] = "string", ["minLength"] = 1 } : new JsonObject { ["type"] = "string" };
        if (underlying == typeof(int)) return new JsonObject { ["type"] = "integer" };
        if (underlying == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() is var d && (d == typeof(IReadOnlyList<>) || d == typeof(List<>)))
            return new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = ValueSchema(underlying.GetGenericArguments()[0], required: true) };
        if (typeof(Located).IsAssignableFrom(underlying)) return ObjectSchema(underlying);
        throw new InvalidOperationException($"no schema for {type}");
    }
}
